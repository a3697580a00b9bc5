import { addNamesToWorkbookXml, fromFileFormula, readRawNames, toFileFormula } from "../../src/xlsx/names";
import { buildWorkbookLambdas } from "../../src/layout/lambdas";

describe("formula names as a file stores them", () => {
  it("prefix LAMBDA and ISOMITTED with _xlfn., parameters with _xlpm., a declared optional one with _xlop.", () => {
    expect(toFileFormula("=LAMBDA(x,[k],IF(ISOMITTED(k),x,x*k))")).toBe("_xlfn.LAMBDA(_xlpm.x,_xlop.k,IF(_xlfn.ISOMITTED(_xlpm.k),_xlpm.x,_xlpm.x*_xlpm.k))");
    expect(toFileFormula('=LAMBDA(result,IF(result="result","",result))')).toBe('_xlfn.LAMBDA(_xlpm.result,IF(_xlpm.result="result","",_xlpm.result))');
    expect(toFileFormula('="bma-2567-bureau"')).toBe('"bma-2567-bureau"');
  });

  it("turn back into what was typed", () => {
    for (const l of buildWorkbookLambdas()) expect(fromFileFormula(toFileFormula(l.formula))).toBe(l.formula);
  });

  it("go into workbook.xml after the sheets, escaped, without replacing a name already there", () => {
    const xml = '<workbook><sheets><sheet name="a"/></sheets><calcPr/></workbook>';
    const once = addNamesToWorkbookXml(xml, [{ name: "F", text: 'IF(1<2,"&","")', comment: "ก & ข" }]);
    expect(once).toBe('<workbook><sheets><sheet name="a"/></sheets><definedNames><definedName name="F" comment="ก &amp; ข">IF(1&lt;2,&quot;&amp;&quot;,&quot;&quot;)</definedName></definedNames><calcPr/></workbook>');
    expect(addNamesToWorkbookXml(once, [{ name: "f", text: "2" }])).toBe(once);
    expect(readRawNames(once)).toEqual([{ name: "F", text: 'IF(1<2,"&","")', comment: "ก & ข" }]);
  });
});
