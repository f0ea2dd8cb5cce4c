import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINGUIST_SOURCE } from '../../analyzer/graph/linguist/data.js';
import { DATA_FILE, dataFileText, GENERATED_BY_NAME, parseGeneratedNameRules, parseRuleList, unlistedNameMethods } from '../../scripts/linguist-rules.js';
import { ROOT } from '../support/run-cli.js';

const linguist = (path: string): string => readFileSync(join(ROOT, 'test/fixtures/linguist', path), 'utf8');

describe("where blastmap's copy of Linguist's rules came from", () => {
  it("is exactly what scripts/linguist-rules.ts makes of Linguist's files at the commit it names", () => {
    const made = dataFileText({
      ...LINGUIST_SOURCE,
      licence: linguist('LICENSE'),
      vendor: linguist('lib/linguist/vendor.yml'),
      documentation: linguist('lib/linguist/documentation.yml'),
      generated: linguist('lib/linguist/generated.rb'),
    });
    expect(made).toBe(readFileSync(join(ROOT, DATA_FILE), 'utf8'));
    expect(made).toContain('Copyright (c) 2017 GitHub, Inc.');
    expect(made).toContain(LINGUIST_SOURCE.commit);
  });

  it("knows every name-only method of that generated.rb: taken, or left out with a reason", () => {
    expect(unlistedNameMethods(linguist('lib/linguist/generated.rb'))).toEqual([]);
    expect(parseGeneratedNameRules(linguist('lib/linguist/generated.rb'), GENERATED_BY_NAME).map((r) => r.label)).toEqual([...GENERATED_BY_NAME]);
  });
});

describe('reading a Linguist rule list', () => {
  it('labels each rule with the comment heading it, not with ### notes', () => {
    const yaml = ['# Vendored files', '', '## Vendor Conventions ##', '', '# Caches', '- (^|/)cache/', '', '## Obj-C ##', '# Xcode', '### part of a directory name', '- \\.xctemplate/'].join('\n');
    expect(parseRuleList(yaml, 't.yml')).toEqual([
      { pattern: '(^|/)cache/', label: 'Caches' },
      { pattern: '\\.xctemplate/', label: 'Xcode' },
    ]);
  });

  it('fails on what a line-based reading could misread, or a regexp it cannot read as Ruby does', () => {
    expect(() => parseRuleList('- "quoted"', 't.yml')).toThrow(/YAML parser/);
    expect(() => parseRuleList('- a # comment', 't.yml')).toThrow(/YAML parser/);
    expect(() => parseRuleList('key: value', 't.yml')).toThrow(/not a list item/);
    expect(() => parseRuleList('- (?i)readme', 't.yml')).toThrow(/t\.yml:1/);
  });

  it("takes a generated.rb method only while it still decides by one name regexp", () => {
    const ruby = ['    def htmlcov?', '      !!name.match(/(?:^|\\/)htmlcov\\//)', '    end', '    def node_modules?', '      !!name.match(/a/) || foo', '    end'].join('\n');
    expect(parseGeneratedNameRules(ruby, ['htmlcov?'])).toEqual([{ pattern: '(?:^|\\/)htmlcov\\/', label: 'htmlcov?' }]);
    expect(() => parseGeneratedNameRules(ruby, ['node_modules?'])).toThrow(/no longer decides/);
    expect(() => parseGeneratedNameRules(ruby, ['godeps?'])).toThrow(/no method/);
  });
});
