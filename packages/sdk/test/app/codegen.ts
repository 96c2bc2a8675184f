// An app's codegen config: its own documents, typed against the schema shipped with the SDK.
import { moatCodegenConfig } from '@moat/sdk/codegen';

export default moatCodegenConfig({ documents: 'test/app/*.ts', output: 'test/app/generated/' });
