/** The default registration store's file name, under DATA_DIR. */
export const REGISTRATION_FILE_NAME = 'registrations.sqlite';
