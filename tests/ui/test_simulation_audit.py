"""The simulation page's audit event names the law-data version the simulation used."""

from __future__ import annotations

import json

from cumuldesk.storage.cache_models import outbox
from cumuldesk.sync.law import cache_parameters

RENOUNCE_INSZ = "07.07.12-810.25"  # a demo dossier of team Gent (see test_letter_command)


def test_a_simulation_is_audited_with_the_law_data_version_it_used(ui_context):
    params = cache_parameters(ui_context.desk.cache)  # as the desktop sign-in takes them
    assert params is not None and params.version == 1
    ui_context.desk.law = params  # the desk's law data
    opened = ui_context.desk.open_simulation(RENOUNCE_INSZ)  # as the page opens it
    assert opened.report is not None and opened.report.law_version == 1
    query = outbox.select().where(outbox.c.kind == "audit").order_by(outbox.c.id.desc())
    with ui_context.desk.cache.engine.connect() as connection:
        event = json.loads(connection.execute(query).first().payload)
    assert event["action"] == "simulation_run"
    assert event["details"] == {"source": "cache", "law_data_version": 1}
