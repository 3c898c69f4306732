// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import { Component } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { standardFieldProps } from "@web/views/fields/standard_field_props";

/**
 * A read-only yes/no icon: a green tick or a red cross, so that a met and a
 * missing readiness check never look alike (web's boolean_icon only changes
 * the shade of one icon).
 */
export class ParkCheckIconField extends Component {
    static template = "park_base.ParkCheckIconField";
    static props = { ...standardFieldProps };

    get isSet() {
        return Boolean(this.props.record.data[this.props.name]);
    }

    get title() {
        return this.isSet ? _t("Yes") : _t("No");
    }
}

registry.category("fields").add("park_check_icon", {
    component: ParkCheckIconField,
    displayName: _t("Yes/No Icon"),
    supportedTypes: ["boolean"],
});

/**
 * A score out of a total as a coloured badge, "0 / 4" included (web's badge
 * widget shows nothing for 0): green when complete, orange when partial, red
 * when nothing is met.
 */
export class ParkScoreBadgeField extends Component {
    static template = "park_base.ParkScoreBadgeField";
    static props = {
        ...standardFieldProps,
        total: { type: Number, optional: true },
    };
    static defaultProps = { total: 4 };

    get value() {
        return this.props.record.data[this.props.name] || 0;
    }

    get badgeClass() {
        if (this.value >= this.props.total) {
            return "text-bg-success";
        }
        return this.value ? "text-bg-warning" : "text-bg-danger";
    }
}

registry.category("fields").add("park_score_badge", {
    component: ParkScoreBadgeField,
    displayName: _t("Score Badge"),
    supportedTypes: ["integer"],
    extractProps: ({ options }) => ({ total: options.total }),
});
