/**
 * Component names as Vue resolves a template tag: `<my-card>` and `<MyCard>` both name `MyCard`
 * (Vue's resolveComponent tries the tag, its camelCase and its PascalCase).
 */
export function pascalName(tag: string): string {
  const camel = tag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * Words of a name as scule's splitByCase (which Nuxt uses) splits them: at `-`, `_`, `/`, `.`, and
 * where the case changes (`fooBar` → foo, Bar; `HTMLParser` → HTML, Parser).
 */
export function splitByCase(text: string): string[] {
  const parts: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '-' || ch === '_' || ch === '/' || ch === '.') {
      if (word) parts.push(word);
      word = '';
      continue;
    }
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    const upper = isUpper(ch);
    const boundary = word !== '' && upper && (isLowerOrDigit(prev) || (isUpper(prev) && isLower(next)));
    if (boundary) {
      parts.push(word);
      word = '';
    }
    word += ch;
  }
  if (word) parts.push(word);
  return parts;
}

const isUpper = (ch: string): boolean => ch >= 'A' && ch <= 'Z';
const isLower = (ch: string): boolean => ch >= 'a' && ch <= 'z';
const isLowerOrDigit = (ch: string): boolean => isLower(ch) || (ch >= '0' && ch <= '9');
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The name Nuxt gives a file under a `components/` folder (its default `pathPrefix: true`): the
 * folders' words, then the file's, with a folder prefix the file name already repeats dropped
 * (`base/BaseButton.vue` → BaseButton, `form/input/Text.vue` → FormInputText); `index` takes
 * the folder's name; `.client`/`.server`/`.global` suffixes are not part of it.
 */
export function nuxtComponentName(relativePath: string): string {
  const slash = relativePath.lastIndexOf('/');
  const dir = slash < 0 ? '' : relativePath.slice(0, slash);
  const file = relativePath.slice(slash + 1).replace(/\.[^.]+$/, '').replace(/\.(client|server|global)$/, '');
  const prefixParts = splitByCase(dir);
  const fileParts = splitByCase(file.toLowerCase() === 'index' ? '' : file);
  const fileContent = fileParts.join('/').toLowerCase();
  const nameParts = [...prefixParts];
  const matched: string[] = [];
  for (let index = prefixParts.length - 1; index >= 0; index -= 1) {
    matched.unshift(...splitByCase(prefixParts[index] ?? '').map((p) => p.toLowerCase()));
    const suffix = matched.join('/');
    const repeats = fileContent === suffix || fileContent.startsWith(`${suffix}/`);
    const doubled = (prefixParts[index] ?? '').toLowerCase() === fileContent && prefixParts[index + 1] !== undefined && prefixParts[index] === prefixParts[index + 1];
    if (repeats || doubled) nameParts.length = index;
  }
  return [...nameParts, ...fileParts].map(capitalize).join('');
}
