package nl.stedenband.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of a CSV file the import is willing to read ({@code stedenband.import.*}). Each limit
 * is checked while the file is read, before anything is built from it, so a hostile or broken
 * file costs a bounded amount of memory: a file over a limit is refused as a whole with one
 * message naming the limit, and nothing of it is imported.
 *
 * @param maxFileSize bytes in the file (and in the upload that brings it)
 * @param maxColumns values in one row, the heading included
 * @param maxLineLength characters in one row, quoted line breaks included
 * @param maxCellLength characters in one value
 * @param maxRows rows after the heading
 * @param previewRows rows shown before the check
 */
@ConfigurationProperties("stedenband.import")
public record ImportLimits(
        long maxFileSize, int maxColumns, int maxLineLength, int maxCellLength, long maxRows, int previewRows) {

    public static final ImportLimits DEFAULTS = new ImportLimits(0, 0, 0, 0, 0, 0);

    public ImportLimits {
        maxFileSize = maxFileSize > 0 ? maxFileSize : 50L * 1024 * 1024;
        maxColumns = maxColumns > 0 ? maxColumns : 200;
        maxLineLength = maxLineLength > 0 ? maxLineLength : 65_536;
        maxCellLength = maxCellLength > 0 ? maxCellLength : 32_768;
        maxRows = maxRows > 0 ? maxRows : 200_000;
        previewRows = previewRows > 0 ? previewRows : 10;
    }
}
