// An app's own documents, written with the `graphql()` that codegen generates for the app.
import { graphql } from './generated/gql.js';

export const InvestorsOfCompany = graphql(`
  query InvestorsOfCompany($slug: String!) {
    company(slug: $slug) {
      name
      fundingRounds(first: 5) {
        nodes {
          status
          amount {
            amount
            currency
          }
          leadInvestors {
            __typename
            ... on Company {
              name
            }
          }
        }
      }
    }
  }
`);
