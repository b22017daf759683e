import type { EncodingReport } from '../import/encoding/textEncoding';

/**
 * How the file's text was decoded, as the command's JSON prints it: the same keys always (`null`
 * or `false` where the file declared nothing), so scripts need no second shape.
 */
export interface EncodingJson {
  encoding: string;
  basis: EncodingReport['basis'];
  declared: string | null;
  contradicted: boolean;
  unknownDeclared: boolean;
}

/** `null` for a file whose text was never decoded (refused before, or a shapefile without a .dbf). */
export function encodingJson(report: EncodingReport | null): EncodingJson | null {
  if (!report) return null;
  return {
    encoding: report.encoding,
    basis: report.basis,
    declared: report.declared ?? null,
    contradicted: report.contradicted === true,
    unknownDeclared: report.unknownDeclared === true,
  };
}
