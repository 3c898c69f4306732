import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("park_helpdesk_portal_tour", {
    url: "/my/park/case/new",
    steps: () => [
        {
            content: "Choose a matter of the park's list",
            trigger: "select[name=subject]",
            run: "selectByLabel 排污许可证核发",
        },
        {
            trigger: "textarea[name=description]",
            run: "edit 请帮忙办理排污许可",
        },
        {
            content: "Submit the case",
            trigger: "button.o_park_case_submit",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The case page shows its checklist and status",
            trigger: "#park_case .o_park_case_materials td:contains(环评批复)",
        },
        {
            trigger: "#park_case .o_park_case_state:contains(已提交)",
        },
        {
            content: "Follow it in the list of my tickets",
            trigger: "a[href^='/my/tickets']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            trigger: "table td:contains(排污许可证核发)",
        },
    ],
});
