import { rule, W } from '../rule';

const CLIENTS_PER_POOL = 1_000;

export const UPC95 = rule({
  id: 'UPC95',
  severity: W,
  source: 'DOC',
  summary: 'more than 1,000 app clients on one pool in the app (the default, adjustable quota)',
  explanation: 'Deployments beyond the quota fail unless it was raised through Service Quotas.',
}, ({ pool }) => pool && pool.clients.length > CLIENTS_PER_POOL
  ? `user pool ${pool.pool.path} has ${pool.clients.length} app clients in this app; allowed: ${CLIENTS_PER_POOL} by default (raise the quota first)`
  : undefined);
