/**
 * Up to nine photos from usePhotos: thumbnails (tap to enlarge) with a remove button, and a tile
 * that opens the camera or album.
 *
 * Not NutUI's Uploader: it can take our upload function, but it draws NutUI icons (<i>: Photograph,
 * Del, Loading, Failure) that WeChat cannot show without plugin-html, and in h5 it picks files
 * through chooseMedia with an input of its own rather than the chooseImage our uploads start from.
 */
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Photos } from '@/hooks/usePhotos';

interface Props {
  photos: Photos;
  /** 照片 for tickets, 图片 for a notice's pictures */
  noun?: string;
}

export function PhotoPicker({ photos: p, noun = '照片' }: Props) {
  const urls = p.photos.map((x) => x.url);
  return (
    <View className="lx-photos">
      {p.photos.map((photo) => (
        <View key={photo.fileID} className="lx-photos__cell">
          <Image
            className="lx-photos__img"
            src={photo.url}
            mode="aspectFill"
            onClick={() => void Taro.previewImage({ urls, current: photo.url })}
          />
          <View className="lx-photos__remove" aria-label={`删除${noun}`} onClick={() => p.remove(photo.fileID)}>
            ×
          </View>
        </View>
      ))}
      {p.uploading > 0 ? (
        <View className="lx-photos__cell lx-photos__add">
          <Text className="lx-photos__add-text">上传中…</Text>
        </View>
      ) : p.photos.length < p.max ? (
        <View className="lx-photos__cell lx-photos__add" onClick={() => void p.add()}>
          <Text className="lx-photos__plus">+</Text>
          <Text className="lx-photos__add-text">添加{noun}</Text>
        </View>
      ) : null}
    </View>
  );
}
