from tests.analyze.test_frame_relate import rel
from workbench.analyze.unit_sizes import converted, unit_dimension
from workbench.extract.quantities import extract_quantities


def test_power_in_two_prefixes_is_one_figure():
    a = extract_quantities("Output reached 4,500 kilowatts at noon, the owners said.")[0]
    b = extract_quantities("Output reached 4.5 megawatts at noon, the regulator said.")[0]
    assert unit_dimension(a.unit) == "power" and converted(a, b).value == 4.5


def test_one_peak_in_megawatts_and_gigawatts_agrees():
    got = rel("Consumption peaked at 3,200 megawatts on Friday, the network owner said.",
              "Consumption reached 3.2 gigawatts on Friday, according to the regulator.", sim=0.8)
    assert got.relation == "agree", got
