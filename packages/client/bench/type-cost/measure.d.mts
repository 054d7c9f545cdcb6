export interface TypeCost {
  instantiations: number;
  checkTime: number;
  errors: string[];
}
export interface TypeCostLab {
  measure(fixture: string): TypeCost;
  /** A consumer project whose consumer.ts is `source`; returns its folder. */
  project(name: string, source: string): string;
  remove(): void;
}
export function createTypeCostLab(): TypeCostLab;
