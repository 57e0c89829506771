/** Resource ids the rules themselves refer to; every scenario must declare them. */
export const OIL = 'oil';
