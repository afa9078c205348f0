package dev.parallax.core.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.OptionalDouble;

/**
 * Reads a number written in digits of any script with any grouping and decimal convention:
 * "30,000", "30.000", "1,6", "2.1", "٣٠٠٠٠". Where a single separator could be either ("1.200"), the
 * language's decimal separator decides: the German "1.200" is twelve hundred, the English "1.200" one
 * point two.
 */
final class NumberParser {

    private final char decimalSeparator;

    NumberParser(ULocale locale) {
        char d = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        // Arabic's own separator (U+066B) is mapped to '.' below; Western digits in Arabic text use '.'
        this.decimalSeparator = d == ',' ? ',' : '.';
    }

    /** The value of a number token, or empty when it is not a plain number. */
    OptionalDouble parse(String token) {
        StringBuilder digits = new StringBuilder(token.length());
        int dots = 0;
        int commas = 0;
        int lastSep = -1;
        char lastSepChar = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int d = UCharacter.digit(c, 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if (c == '.' || c == '\u066B') {
                dots++;
                lastSep = digits.length();
                lastSepChar = '.';
                digits.append('.');
            } else if (c == ',' || c == '\u066C' || c == '\u060C') {
                commas++;
                lastSep = digits.length();
                lastSepChar = ',';
                digits.append(',');
            } else if (c == ' ' || c == '\'' || c == '\u00A0' || c == '\u202F') {
                continue; // space or apostrophe grouping (fr, nb, ru; de-CH)
            } else {
                return OptionalDouble.empty();
            }
        }
        String s = digits.toString();
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) {
            return OptionalDouble.empty();
        }
        String plain;
        if (dots > 0 && commas > 0) {
            // Both kinds: the last one is the decimal separator.
            plain = s.substring(0, lastSep).replace(".", "").replace(",", "") + "." + s.substring(lastSep + 1);
        } else if (dots + commas == 0) {
            plain = s;
        } else if (dots + commas > 1) {
            if (!groupsOfThree(s, lastSepChar)) {
                return OptionalDouble.empty(); // "1.2.3" is a version or a date, not a number
            }
            plain = s.replace(String.valueOf(lastSepChar), "");
        } else {
            int after = s.length() - lastSep - 1;
            boolean decimal = after != 3 || lastSepChar == decimalSeparator;
            plain = decimal ? s.replace(lastSepChar, '.') : s.replace(String.valueOf(lastSepChar), "");
        }
        try {
            return OptionalDouble.of(Double.parseDouble(plain));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static boolean groupsOfThree(String s, char sep) {
        String[] groups = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)));
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token is written with grouping or decimal separators ("1,200", "2.5"). */
    static boolean hasSeparator(String token) {
        return token.chars().anyMatch(c -> c == '.' || c == ',' || c == '\u066B' || c == '\u066C');
    }
}
