// Types every component's fragment and every page's query from Moat's schema: a schema change
// that breaks the app fails codegen or the type check.
import { moatCodegenConfig } from '@moat/sdk/codegen';

export default moatCodegenConfig({
  documents: 'src/**/*.tsx',
  output: 'src/generated/',
  fragmentMasking: true,
});
