/** One HRCS code of a project with its share of the project, in percent. */
export type HrcsShare = { code: string; percent: number };
