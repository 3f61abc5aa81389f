import json
from pathlib import Path

import pytest
from aws_cdk import App
from aws_cdk.assertions import Template

from orders_stack import OrdersStack

SNAPSHOT = Path(__file__).parent / "snapshots" / "orders.template.json"


def test_the_template_matches_the_snapshot():
    template = Template.from_stack(OrdersStack(App(), "Orders")).to_json()
    assert template == json.loads(SNAPSHOT.read_text())


def test_a_client_with_2_day_access_tokens_fails_synth_with_upc11():
    app = App()
    OrdersStack(app, "Orders", with_bad_client=True)
    with pytest.raises(Exception, match="UPC11"):
        app.synth()
