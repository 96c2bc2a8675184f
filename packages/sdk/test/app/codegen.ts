// An app's codegen config: its own documents, typed against the schema shipped with the SDK, and
// listed by their hashes as trusted documents.
import { moatCodegenConfig } from '@moat/sdk/codegen';

export default moatCodegenConfig({
  documents: 'test/app/*.ts',
  output: 'test/app/generated/',
  persistedDocuments: true,
});
