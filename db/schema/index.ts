export * from './places';
export * from './taxonomy';
export * from './events';
export * from './registrations';
export * from './mail';
export * from './streams';
export * from './auth';
export * from './followup';
