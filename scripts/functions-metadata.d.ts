/** Types of scripts/functions-metadata.js (used by the build and the tests). */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  options?: Record<string, boolean | undefined>;
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  parameters: {
    name: string;
    description?: string;
    type?: string;
    dimensionality?: "scalar" | "matrix";
    optional?: boolean;
  }[];
}
export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}
export function postProcessMetadata(metadata: FunctionsMetadata): FunctionsMetadata;
export function metadataViolations(metadata: FunctionsMetadata): string[];
export function localizeMetadata(
  metadata: FunctionsMetadata,
  table: Record<string, string>
): { metadata: FunctionsMetadata; missing: string[]; stale: string[] };
