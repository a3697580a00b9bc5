import { Command, CommanderError } from "commander";
import { useSchemaMessages } from "../core/schema/schemaMessages";
import { registerBasket } from "./commands/basket";
import { registerCollect } from "./commands/collect";
import { registerExport } from "./commands/export";
import { registerFrameworks } from "./commands/frameworks";
import { registerImport } from "./commands/import";
import { registerReport } from "./commands/report";
import { registerRules } from "./commands/rules";
import { registerScore } from "./commands/score";
import { registerTemplate } from "./commands/template";
import { registerValidate } from "./commands/validate";
import { endQuietlyOnClosedPipe, processIo, type Io } from "./io";
import { CliError } from "./lang";
import { bilingualUsageError } from "./usageErrors";

/** Builds the `kpi` program; commands of later features register here too. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  useSchemaMessages();
  const program = new Command("kpi")
    .description("ตรวจ ให้คะแนน และรวบรวมแผนตัวชี้วัดเจรจาตกลง กทม. / check, score and consolidate BMA negotiated-KPI plans")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: (s, write) => write(bilingualUsageError(s)),
    })
    .showHelpAfterError();
  registerScore(program, io);
  registerValidate(program, io, setExit);
  registerReport(program, io, setExit);
  registerFrameworks(program, io, setExit);
  registerImport(program, io, setExit);
  registerTemplate(program, io);
  registerExport(program, io);
  registerCollect(program, io, setExit);
  registerBasket(program, io, setExit);
  registerRules(program, io);
  return program;
}

/** Runs the command line and resolves to the exit code; never throws. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      // Help and version print and exit 0; usage mistakes exit 2 like other Unix tools.
      return e.exitCode === 0 ? 0 : 2;
    }
    io.err(`ข้อผิดพลาดภายใน / internal error: ${(e as Error).stack ?? String(e)}`);
    return 70;
  }
}

export function main(): void {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
