import { describe, expect, it } from 'vitest';
import { InvestorsOfCompany } from './app/documents.js';
import { testClient } from './helpers.js';

describe("an app's own documents", () => {
  it('run through moat.request, typed by the codegen config the SDK provides', async () => {
    const { company } = await testClient().request(InvestorsOfCompany, { slug: 'openai' });
    expect(company).toEqual({
      name: 'OpenAI',
      fundingRounds: {
        nodes: [
          {
            status: 'IN_NEGOTIATION',
            amount: { amount: '40000000000', currency: 'USD' },
            leadInvestors: [{ __typename: 'Company', name: 'SoftBank Group' }],
          },
        ],
      },
    });
  });
});
