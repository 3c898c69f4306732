import { registry } from "@web/core/registry";

// a station manager works a bad review's rectification through to the call-back
registry.category("web_tour.tours").add("park_rating_rectification_tour", {
    steps: () => [
        {
            content: "Write down what the verification found",
            trigger: ".o_field_widget[name=verification] textarea",
            run: "edit 核实属实：窗口人员解释不清",
        },
        {
            content: "Verified",
            trigger: "button[name=action_verify]",
            run: "click",
        },
        {
            content: "The cause",
            trigger: ".o_field_widget[name=cause] textarea",
            run: "edit 新入职人员业务不熟",
        },
        {
            content: "The measures",
            trigger: ".o_field_widget[name=measures] textarea",
            run: "edit 开展业务培训",
        },
        {
            content: "The result",
            trigger: ".o_field_widget[name=result] textarea",
            run: "edit 已向企业说明并致歉",
        },
        {
            content: "Rectification done",
            trigger: "button[name=action_done]",
            run: "click",
        },
        {
            content: "Record the call-back",
            trigger: "button[name=action_callback]",
            run: "click",
        },
        {
            content: "The person reached",
            trigger: ".modal .o_field_widget[name=contact_name] input",
            run: "edit 王经理",
        },
        {
            content: "The enterprise accepts the result",
            trigger: ".modal .o_field_widget[name=acceptance] input[data-value=accepted]",
            run: "click",
        },
        {
            content: "Save the call-back",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The call-back is on the rectification",
            trigger: ".o_field_widget[name=callback_ids] .o_data_row",
        },
        {
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=closed]",
        },
    ],
});
