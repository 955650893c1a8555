export declare const hasPresetReact: boolean;
export declare const swcLoader: string;
