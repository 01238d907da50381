/** "KISP" — marks a file as this application's database (PRAGMA application_id). */
export const APPLICATION_ID = 0x4b495350
