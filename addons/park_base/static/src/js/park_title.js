/** @odoo-module */
// The browser title of the web client ends with 园区通 instead of Odoo:
// "园区 - 园区通", or "园区通" alone where Odoo would write "Odoo".
import { titleService } from "@web/core/browser/title_service";
import { patch } from "@web/core/utils/patch";

export const PARK_APP_TITLE = "园区通";

patch(titleService, {
    start() {
        const title = super.start(...arguments);
        const setParts = title.setParts;
        title.setParts = (parts) => {
            // the brand part goes last: remove it, set the others, add it back
            setParts({ ...parts, park_app: null });
            setParts({ park_app: PARK_APP_TITLE });
        };
        title.setParts({});
        return title;
    },
});
