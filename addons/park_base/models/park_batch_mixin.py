# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class ParkBatchMixin(models.AbstractModel):
    """Scheduled jobs that work through many records in batches.

    One way for every addon: ``_park_process_in_batches(domain, process)``
    handles the records matching ``domain`` ``batch_size`` at a time and, when
    run by the scheduler, reports each batch with Odoo's progress API
    (``ir.cron._commit_progress``), which commits it and lets the scheduler
    call the job again while records remain and time is left. Called outside
    the scheduler (a button, a test), it works through every batch in the
    current transaction without committing.
    """

    _name = "park.batch.mixin"
    _description = "Batched Scheduled Job"

    @api.model
    def _park_process_in_batches(self, domain, process, batch_size=1000, order=None):
        """Call ``process(records)`` on the records matching ``domain``, a
        batch at a time; ``process`` must take them out of ``domain``.

        :return: the records processed
        """
        cron = self.env["ir.cron"]
        in_scheduler = bool(self.env.context.get("ir_cron_progress_id"))
        done = self.browse()
        remaining = self.search_count(domain)
        if in_scheduler:
            cron._commit_progress(remaining=remaining)
        while remaining:
            records = self.search(domain, limit=batch_size, order=order)
            process(records)
            done |= records
            left = self.search_count(domain)
            if left >= remaining:
                # nothing taken out of the domain: stop rather than loop
                break
            remaining = left
            if in_scheduler and not cron._commit_progress(
                len(records), remaining=remaining
            ):
                break  # out of time: the scheduler calls the job again
        return done
