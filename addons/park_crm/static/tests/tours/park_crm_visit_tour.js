// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import { registry } from "@web/core/registry";

function pick(field, text, item) {
    return [
        {
            content: `Type in ${field}`,
            trigger: `.o_field_widget[name=${field}] input`,
            run: `edit ${text}`,
        },
        {
            content: `Choose ${item}`,
            trigger: `.o-autocomplete--dropdown-item:contains(${item})`,
            run: "click",
        },
    ];
}

function logDemand(name) {
    return [
        {
            content: "Log a demand from the visit",
            trigger: ".o_form_view button[name=action_park_new_demand]",
            run: "click",
        },
        {
            content: "What the enterprise asks for",
            trigger: ".o_form_view .o_field_widget[name=name] input",
            run: `edit ${name}`,
        },
        {
            trigger: ".o_field_widget[name=park_enterprise_id] input:value(华光)",
        },
    ];
}

registry.category("web_tour.tours").add("park_crm_visit_tour", {
    url: "/odoo/park-visits",
    steps: () => [
        {
            content: "Record a new visit",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=subject] input",
            run: "edit 化工园区政策宣讲走访",
        },
        ...pick("park_id", "甲区化工", "甲区化工园"),
        ...pick("department_id", "T-CRM", "测试发展改革局"),
        ...pick("enterprise_ids", "华光", "华光机械"),
        {
            content: "Save the visit",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_saved",
        },
        ...logDemand("协调厂区道路维修"),
        {
            content: "Save the first demand",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_saved",
        },
        {
            content: "Back to the visit",
            trigger: ".o_breadcrumb .breadcrumb-item:last-child a:contains(ZF)",
            run: "click",
        },
        ...logDemand("办理排污许可证"),
        ...pick("park_matter_id", "排污", "排污许可证核发"),
        {
            content: "Turn it into a case",
            trigger: ".o_form_view button[name=action_park_to_case]",
            run: "click",
        },
        {
            content: "The case is open for the matter",
            trigger: ".o_last_breadcrumb_item:contains(排污许可证核发)",
        },
    ],
});
