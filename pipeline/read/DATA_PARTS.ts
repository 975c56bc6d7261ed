/**
 * The parts of a workbook the figures come from: a break in any of them could drop rows or sheets
 * without an error, so both readers check them for well-formedness before anything else.
 */
export const DATA_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml|sharedStrings\.xml|styles\.xml)$/i;
