// Reading back the Markdown that `verslag export --to markdown` writes (the round trip).
export { isVerslagExport } from './detect.js';
export { readVerslagMarkdown, type ReadOptions as MarkdownReadOptions } from './read.js';
