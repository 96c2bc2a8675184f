// Types every component's fragment and every page's query from Moat's schema: a schema change
// that breaks the app fails codegen or the type check. Each query carries the sha256 hash of its
// text, which the SDK sends in its place, and persisted-documents.json lists them: trusted
// documents for a Moat server (MOAT_TRUSTED_DOCUMENTS_FILE).
import { moatCodegenConfig } from '@moat/sdk/codegen';

export default moatCodegenConfig({
  documents: 'src/**/*.tsx',
  output: 'src/generated/',
  fragmentMasking: true,
  persistedDocuments: true,
});
