import { describe, expect, it } from 'vitest';
import { FILE_FORMATS } from '../../src/import/importFile';
import { PICKER_EXTENSIONS } from '../../src/import/pickerExtensions';

describe('the import picker', () => {
  it('offers exactly the file-name endings the formats read', () => {
    const read = FILE_FORMATS.flatMap((format) => format.extensions);
    expect([...PICKER_EXTENSIONS].sort()).toEqual([...new Set(read)].sort());
  });
});
