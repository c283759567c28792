// The database schema, one file per domain; everything is imported from '@/db/schema'.
export * from './places';
export * from './taxonomy';
export * from './events';
export * from './registrations';
export * from './rate-limits';
export * from './mail';
export * from './streams';
export * from './materials';
export * from './auth';
export * from './audit';
export * from './messages';
export * from './surveys';
export * from './certificates';
export * from './data-requests';
export * from './questions';
export * from './audience';
export * from './invitations';
