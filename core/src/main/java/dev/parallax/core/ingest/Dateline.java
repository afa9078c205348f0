package dev.parallax.core.ingest;

/**
 * What the wire header of an article said before it was taken out of the text: the place and date
 * of a dateline ("BEIRUT, Oct 23 (Reuters) -") or of an agency's header line ("date 2017-10 NTB
 * utenriks"). It is kept as metadata so that it never becomes a claim or a name in the text.
 *
 * @param place the place the dateline names, as written ("BEIRUT"), or null
 * @param date the date as written ("Oct 23", "2017-10"), or null
 * @param outlet the agency or outlet it credits ("Reuters", "NTB"), or null
 * @param text the whole header as it stood in the text
 */
public record Dateline(String place, String date, String outlet, String text) {
}
