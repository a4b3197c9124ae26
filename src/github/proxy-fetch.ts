import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch, type Dispatcher } from 'undici';

// Loaded only when a proxy applies to the API URL (HTTPS_PROXY and NO_PROXY, as the runner sets
// them): @actions/http-client builds the dispatcher, undici's fetch uses it.

export function proxyFetch(baseUrl: string): typeof fetch {
  const dispatcher: Dispatcher | undefined = new HttpClient().getAgentDispatcher(baseUrl);
  return (async (input: string | URL, init?: RequestInit) => undiciFetch(input, { ...(init as object), ...(dispatcher === undefined ? {} : { dispatcher }) })) as unknown as typeof fetch;
}
