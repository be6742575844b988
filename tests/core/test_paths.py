from pathlib import Path

from hearth import paths


def test_hearth_home_moves_every_folder(hearth_home: Path) -> None:
    folders = [
        paths.config_dir(),
        paths.data_dir(),
        paths.cache_dir(),
        paths.log_dir(),
        paths.models_dir(),
    ]
    for folder in folders:
        assert folder.is_dir()
        assert hearth_home in folder.parents
    assert len(set(folders)) == len(folders)


def test_without_hearth_home_uses_platform_folders(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HEARTH_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert paths.config_dir() == tmp_path / "xdg-config" / "Hearth"
    assert paths.models_dir() == tmp_path / "xdg-data" / "Hearth" / "models"
