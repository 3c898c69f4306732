# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

# OCA's helpdesk_mgmt ships no zh_CN: the names of its records that agents
# and enterprises see on every case, in Chinese
HELPDESK_ZH = {
    "helpdesk_mgmt.helpdesk_ticket_stage_new": "新提交",
    "helpdesk_mgmt.helpdesk_ticket_stage_in_progress": "办理中",
    "helpdesk_mgmt.helpdesk_ticket_stage_awaiting": "等待中",
    "helpdesk_mgmt.helpdesk_ticket_stage_done": "已办结",
    "helpdesk_mgmt.helpdesk_ticket_stage_cancelled": "已撤回",
    "helpdesk_mgmt.helpdesk_ticket_stage_rejected": "不予办理",
    "helpdesk_mgmt.helpdesk_ticket_main_menu": "服务台",
    "helpdesk_mgmt.helpdesk_ticket_menu": "工单",
    "helpdesk_mgmt.helpdesk_own_ticket_menu": "我的工单",
    "helpdesk_mgmt.helpdesk_all_ticket_menu": "全部工单",
}


def post_init_hook(env):
    """Name OCA's helpdesk stages and menus in Chinese when it is installed."""
    if not env["res.lang"]._lang_get("zh_CN"):
        return
    for xmlid, name in HELPDESK_ZH.items():
        record = env.ref(xmlid, raise_if_not_found=False)
        if record:
            record.with_context(lang="zh_CN").name = name
