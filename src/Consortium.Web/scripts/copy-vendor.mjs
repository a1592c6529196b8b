// Copies the parts of govuk-frontend the pages load at run time. Its images and fonts are GOV.UK branding
// and are deliberately not copied.
import { cpSync, mkdirSync } from "node:fs";

const from = "node_modules/govuk-frontend/dist/govuk";
const to = "wwwroot/assets/vendor";
mkdirSync(to, { recursive: true });
cpSync(`${from}/govuk-frontend.min.js`, `${to}/govuk-frontend.min.js`);
