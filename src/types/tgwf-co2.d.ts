// @tgwf/co2 ships no type declarations; these describe the two data subpaths carbon-budget reads.
declare module '@tgwf/co2/data' {
  export const averageIntensity: { readonly data: Readonly<Record<string, number>>; readonly type: 'average' };
}

declare module '@tgwf/co2/data/electricity-maps' {
  interface ZoneYear {
    readonly zone: { readonly zoneName: string };
    readonly carbonIntensity: { readonly value: number; readonly unit: string };
    readonly renewableEnergy?: { readonly value: number; readonly unit: string };
    readonly carbonFreeEnergy?: { readonly value: number; readonly unit: string };
  }
  interface YearTable {
    readonly data: Readonly<Record<string, ZoneYear>>;
    readonly methodology: string;
  }
  const tables: {
    readonly yearly2021: YearTable;
    readonly yearly2022: YearTable;
    readonly yearly2023: YearTable;
    readonly yearly2024: YearTable;
    readonly yearly2025: YearTable;
  };
  export default tables;
}
