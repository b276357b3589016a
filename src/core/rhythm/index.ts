export * from './zoned-time';
export * from './schedule';
export * from './reminders';
