/** `npm run bench`: every benchmark of the project, its figures printed against the issues' targets. */
import { benchModel } from "./model.bench";
import { benchDecisions } from "./decisions.bench";
import { benchFunctions } from "./functions.bench";
import { benchWorkbook } from "./workbook.bench";
import { benchCli } from "./cli.bench";
import { benchSimulation } from "./simulation.bench";
import { benchWorkers } from "./workers.bench";
import { benchTaskpane } from "./taskpane.bench";
import { consoleReport } from "./measure";

const { report, failures } = consoleReport();
console.log(`GTM Modeler benchmark — node ${process.version}, ${new Date().toISOString()}`);
benchModel(report);
benchDecisions(report);
benchFunctions(report);
void benchCli(report)
  .then(() => {
    benchSimulation(report);
    benchWorkbook(report);
    return benchTaskpane(report);
  })
  .then(() => benchWorkers(report))
  .then(() => {
    if (failures.length > 0) {
      console.log(`\n${failures.length} figure(s) over target: ${failures.join("; ")}`);
      process.exitCode = 1;
    }
  });
