"""The web app over the store (``recoupe serve``): pages, their JSON twins, exports and uploads."""
