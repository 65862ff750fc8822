declare function ucs2length(str: string): number;
export = ucs2length;
