// The person and role mutations of the people tests, asking for every result they can give.
import { graphql } from '../graphql/gql.js';

export const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      __typename
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
      ... on ConflictError { currentVersion }
      ... on CreatePersonPayload { person { id slug name bio version roles { title company { slug } } } }
    }
  }
`);

export const UpdatePerson = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      __typename
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
      ... on ConflictError { currentVersion }
      ... on UpdatePersonPayload { person { id slug name bio version roles { title company { slug } } } }
    }
  }
`);

export const AddRole = graphql(`
  mutation AddRole($input: AddRoleInput!) {
    addRole(input: $input) {
      __typename
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
      ... on AddRolePayload {
        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }
      }
    }
  }
`);

export const EndRole = graphql(`
  mutation EndRole($input: EndRoleInput!) {
    endRole(input: $input) {
      __typename
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
      ... on EndRolePayload {
        role {
          id title person { slug } company { slug } since { label } until { label } citations { excerpt }
          untilClaims { value { label } citations { excerpt } }
          disputed
        }
      }
    }
  }
`);

/** Liang Wenfeng, as the people tests first record him. */
export const liang = { slug: 'liang-wenfeng', name: 'Liang Wenfeng', bio: 'Founder of DeepSeek.' };

/** The excerpt that cites Liang Wenfeng's role. */
export const founderExcerpt = 'Liang Wenfeng, founder of DeepSeek';
