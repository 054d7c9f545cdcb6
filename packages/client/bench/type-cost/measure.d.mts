export interface TypeCost {
  instantiations: number;
  checkTime: number;
  errors: string[];
}
export interface TypeCostLab {
  measure(fixture: string): TypeCost;
  remove(): void;
}
export function createTypeCostLab(): TypeCostLab;
