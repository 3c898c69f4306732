// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import { Component } from "@odoo/owl";
import { DropdownItem } from "@web/core/dropdown/dropdown_item";
import { registry } from "@web/core/registry";
import { user } from "@web/core/user";
import { useService } from "@web/core/utils/hooks";
import { STATIC_ACTIONS_GROUP_NUMBER } from "@web/search/action_menus/action_menus";

// the lists that have a ledger (park.report.ledger._park_ledger_for_model)
const LEDGER_MODELS = [
    "helpdesk.ticket",
    "park.rating",
    "park.rating.rectification",
    "park.visit",
];

/**
 * "Export Ledger" in the gear menu of a list: the ledger of the list's rows
 * as filtered (the list's current domain), written by the server; small
 * exports download at once, large ones arrive as a notification.
 */
export class ParkLedgerExportMenu extends Component {
    static template = "park_report.LedgerExportMenu";
    static components = { DropdownItem };
    static props = {};

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
    }

    async onExport() {
        const { resModel } = this.env.searchModel;
        const domain = this.env.model?.root?.domain || this.env.searchModel.domain;
        const action = await this.orm.call("park.report.export", "action_export_list", [
            resModel,
            domain,
        ]);
        await this.action.doAction(action);
    }
}

registry.category("cogMenu").add(
    "park-report-export-ledger",
    {
        Component: ParkLedgerExportMenu,
        groupNumber: STATIC_ACTIONS_GROUP_NUMBER,
        isDisplayed: async (env) =>
            env.config.viewType === "list" &&
            LEDGER_MODELS.includes(env.searchModel.resModel) &&
            (await user.hasGroup("park_base.group_park_agent")),
    },
    { sequence: 15 }
);
