import { registry } from "@web/core/registry";

// an enterprise rates its closed case from the portal's case page
registry.category("web_tour.tours").add("park_rating_portal_tour", {
    steps: () => [
        {
            content: "Open the review form from the closed case",
            trigger: "a.o_park_rate_case",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Choose Satisfied",
            trigger: "label.o_park_level_satisfied",
            run: "click",
        },
        {
            content: "Rate the clarity of guidance",
            trigger: "select[name=guidance_level]",
            run: "select very_satisfied",
        },
        {
            content: "Leave a comment",
            trigger: "textarea[name=comment]",
            run: "edit 指导清楚，办理顺利",
        },
        {
            content: "Submit the review",
            trigger: "button.o_park_rating_submit",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The review is recorded",
            trigger: ".o_park_rating_message",
        },
        {
            content: "Back to the case",
            trigger: "a.o_park_rating_back",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The case shows its review",
            trigger: ".o_park_rating_given:contains(指导清楚)",
        },
    ],
});
