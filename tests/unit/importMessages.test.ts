import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateImportMessage } from '../../src/i18n/importMessages';
import { importMessagesEn } from '../../src/i18n/importMessages.en';
import { importMessagesZhCN } from '../../src/i18n/importMessages.zh-CN';
import { importFile } from '../../src/import/importFile';
import { IMPORT_MESSAGE_CODES, type ImportMessage } from '../../src/import/importMessage';
import { FIXTURES } from '../support/fixtures';

describe('import messages in both languages', () => {
  it('has zh-CN and English text for every code, and no other', () => {
    for (const catalogue of [importMessagesZhCN, importMessagesEn]) {
      expect(Object.keys(catalogue).sort()).toEqual([...IMPORT_MESSAGE_CODES].sort());
      for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
    }
    for (const code of IMPORT_MESSAGE_CODES) expect(importMessagesZhCN[code]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the file and the feature (index, id, name)', () => {
    const message = importFile(readFileSync(join(FIXTURES, 'import', 'bad', 'ring-of-3.geojson')), 'ring-of-3.geojson').errors[0]!;
    expect(translateImportMessage('en', message)).toBe('ring-of-3.geojson: feature #0 (id "tri", name "三点环"): ring 0 has 3 position(s); a ring needs at least 4 (the last repeating the first).');
    expect(translateImportMessage('zh-CN', message)).toBe('ring-of-3.geojson：要素 #0（id "tri"，名称 "三点环"）：环 0 只有 3 个点；环至少需要 4 个点（最后一点与第一点相同）。');
  });

  it('fills every placeholder of every message the fixture corpus produces', () => {
    const messages: ImportMessage[] = [];
    for (const folder of ['bad', 'awkward', 'hostile']) {
      for (const name of readdirSync(join(FIXTURES, 'import', folder)).filter((file) => file !== 'README.md')) {
        for (const options of [{}, { from: 'gcj02' as const, repair: { makeValid: true } }]) {
          const result = importFile(readFileSync(join(FIXTURES, 'import', folder, name)), name, options);
          messages.push(...result.errors, ...result.warnings);
        }
      }
    }
    expect(new Set(messages.map((message) => message.code)).size).toBeGreaterThan(25);
    for (const message of messages) {
      for (const language of ['zh-CN', 'en'] as const) {
        const text = translateImportMessage(language, message);
        expect(text, `${language} ${message.code}`).not.toMatch(/\{\w+\}/);
        expect(text.startsWith(message.fileName)).toBe(true);
      }
    }
  });

  it('renders every message of the corpus in Chinese without an English sentence, and in English from the English catalogue', () => {
    const englishWords = /[A-Za-z]{2,},? [A-Za-z]{2,},? [A-Za-z]{2,}/;
    for (const folder of ['bad', 'awkward', 'hostile']) {
      for (const name of readdirSync(join(FIXTURES, 'import', folder)).filter((file) => file !== 'README.md')) {
        const result = importFile(readFileSync(join(FIXTURES, 'import', folder, name)), name, { from: 'wgs84' });
        for (const message of [...result.errors, ...result.warnings]) {
          const chinese = translateImportMessage('zh-CN', message, { withFileName: false });
          expect(chinese, `${name} ${message.code}`).not.toMatch(englishWords);
          expect(translateImportMessage('en', message, { withFileName: false }), `${name} ${message.code}`).toMatch(/[a-z]{2,} [a-z]{2,}/);
        }
      }
    }
  });

  it('translates the words inside parameters', () => {
    const message = importFile(readFileSync(join(FIXTURES, 'import', 'awkward', 'bow-tie.geojson')), 'bow-tie.geojson').warnings[0]!;
    expect(translateImportMessage('zh-CN', message)).toContain('多边形 0 环 0 自相交');
    const datum = importFile(readFileSync(join(FIXTURES, 'import', 'awkward', 'gcj02-declared.geojson')), 'g.geojson', { from: 'gcj02' }).warnings[0]!;
    expect(translateImportMessage('zh-CN', datum)).toMatch(/从 GCJ-02（高德、腾讯） 转换为 WGS-84；边界平移约 5\d\d 米/);
  });
});
